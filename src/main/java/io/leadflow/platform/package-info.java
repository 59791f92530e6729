/**
 * Runtime platform: deploying processes/ with stable names, the embedded SMTP server, identity and
 * authorization set-up, API authentication and RFC 9457 error responses. Other modules use only its
 * small web helpers (ReplayableRequest).
 */
package io.leadflow.platform;
