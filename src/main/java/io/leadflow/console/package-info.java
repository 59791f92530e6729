/**
 * The marketers' console pages: CSV imports, sequences with their step counts and email previews,
 * bulk enrollment on the lead list and the actions on a lead's page. Pages only: the work is done by
 * the lead and nurture modules and their APIs.
 */
package io.leadflow.console;
