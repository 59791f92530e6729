/**
 * Runtime platform: deploying processes/ with stable names, the embedded SMTP server, identity and
 * authorization set-up, API authentication and RFC 9457 error responses. No module depends on it.
 */
package io.leadflow.platform;
