package io.leadflow.nurture;

/** An email ready to send to one lead. */
record RenderedEmail(String template, String subject, String html, String text, String unsubscribeUrl) {}
