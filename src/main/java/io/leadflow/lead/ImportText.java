package io.leadflow.lead;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small text helpers of the import: cut to a column's size, fingerprint a file. */
final class ImportText {

    private ImportText() {}

    static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** Recognises a file uploaded again (the note on the preview); merging by email does the rest. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
