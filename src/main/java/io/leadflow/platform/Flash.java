package io.leadflow.platform;

/**
 * A one-time message shown by the layout after a redirect: {@code redirect.addFlashAttribute("flash",
 * Flash.success("Enrolled 12 leads"))}. Kind is the CSS modifier: success, error or info.
 */
public record Flash(String kind, String message) {

    /** Model/flash attribute name the layout reads. */
    public static final String ATTRIBUTE = "flash";

    public static Flash success(String message) {
        return new Flash("success", message);
    }

    public static Flash error(String message) {
        return new Flash("error", message);
    }

    public static Flash info(String message) {
        return new Flash("info", message);
    }
}
