package io.leadflow.nurture;

/** An email rendered for one lead: what it would receive (preview) or what goes to the outbox. */
public record RenderedEmail(String template, String subject, String html, String text, String unsubscribeUrl) {}
