/**
 * Engagement: behaviour events (opens, clicks, visits, downloads, webinars, hand-raises) stored and
 * scored in bulk. Only a state change the lifecycle waits for reaches the process engine.
 */
package io.leadflow.engagement;
