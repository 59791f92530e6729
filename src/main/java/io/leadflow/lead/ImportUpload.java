package io.leadflow.lead;

/** An uploaded file with the defaults for rows that name no source or campaign. */
public record ImportUpload(String fileName, byte[] content, String source, String campaign, String by) {}
