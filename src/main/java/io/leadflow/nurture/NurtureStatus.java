package io.leadflow.nurture;

/** The sequence a lead runs now (null: none) and whether a marketer paused it. */
public record NurtureStatus(String leadId, String sequence, boolean paused) {}
