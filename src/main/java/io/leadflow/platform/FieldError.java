package io.leadflow.platform;

/** One invalid input field in a problem+json response. */
record FieldError(String field, String message) {}
