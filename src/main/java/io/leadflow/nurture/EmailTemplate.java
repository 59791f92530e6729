package io.leadflow.nurture;

/** A designer's email template from processes/emails: subject (the HTML title), HTML and text. */
record EmailTemplate(String name, String subject, String html, String text) {}
