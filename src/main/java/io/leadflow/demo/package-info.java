/**
 * Demo data: with {@code --leadflow.demo=true} and an empty database, a 90-day history of synthetic
 * leads is played through the real process (capture, engagement, sales decisions, CRM outcomes) with
 * the app and engine clocks moved day by day. Nothing depends on this module.
 */
package io.leadflow.demo;
