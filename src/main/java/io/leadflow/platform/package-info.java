/**
 * Runtime platform: deploying processes/ with stable names, the embedded SMTP server, identity and
 * authorization set-up, API authentication, RFC 9457 error responses, the application clock
 * ({@link io.leadflow.platform.SimulatedTime}) and the marketing UI's sign-in: page controllers of other
 * modules use {@link io.leadflow.platform.UiController}, {@link io.leadflow.platform.UiSession},
 * {@link io.leadflow.platform.Flash} and {@link io.leadflow.platform.UiFormat}; filters use
 * {@link io.leadflow.platform.ReplayableRequest}; engine plugins add parse listeners through
 * {@link io.leadflow.platform.ParseListeners}. Depends on no module.
 */
package io.leadflow.platform;
