package io.leadflow.engagement;

/** What a lead did. */
public enum EventType {
    EMAIL_OPENED,
    EMAIL_CLICKED,
    PAGE_VISITED,
    CONTENT_DOWNLOADED,
    FORM_SUBMITTED,
    WEBINAR_ATTENDED,
    DEMO_REQUESTED,
    EMAIL_REPLIED,
    EMAIL_BOUNCED,
    EMAIL_COMPLAINED,
    UNSUBSCRIBED
}
