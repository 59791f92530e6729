package io.leadflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Camunda users for UI tests: created once, password reset each time (tests share one database). */
public final class UiUsers {

    /** A marketer who may use the marketing UI. */
    public static final String MARKETER = "mara";

    public static final String MARKETER_PASSWORD = "mara-password";

    /** A sales rep: may sign in, but the marketing UI answers 403. */
    public static final String SALES_REP = "sven";

    public static final String SALES_REP_PASSWORD = "sven-password";

    private UiUsers() {}

    /** Creates (or resets) the marketer and the sales rep. */
    public static void ensureDefaults(IdentityService identity) {
        ensure(identity, MARKETER, MARKETER_PASSWORD, "Mara", "Marketer", "marketing");
        ensure(identity, SALES_REP, SALES_REP_PASSWORD, "Sven", "Sales", "sales");
    }

    public static void ensure(
            IdentityService identity, String id, String password, String first, String last, String group) {
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
        }
        user.setPassword(password);
        identity.saveUser(user);
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identity.createMembership(id, group);
        }
    }
}
