package io.leadflow.platform;

import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the groups and the admin user once. No demo/demo: the admin password comes from
 * LEADFLOW_ADMIN_PASSWORD or is generated and printed once; later changes of the variable do
 * nothing (change it in the Admin webapp).
 */
@Component
@Order(1)
class IdentitySetup implements SmartInitializingSingleton {

    static final String ADMIN_USER = "admin";
    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityService identity;
    private final SecuritySettings settings;
    private final Authorizations authorizations;
    private final TasklistFilters filters;

    IdentitySetup(
            IdentityService identity,
            SecuritySettings settings,
            Authorizations authorizations,
            TasklistFilters filters) {
        this.identity = identity;
        this.settings = settings;
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        group(Groups.ADMIN, "Leadflow administrators", "SYSTEM");
        group(Groups.MARKETING, "Marketing", "WORKFLOW");
        group(Groups.DESIGNERS, "Process designers", "WORKFLOW");
        Groups.SALES_TEAMS.forEach(team -> group(team, "Sales team " + team, "WORKFLOW"));
        adminUser();
        authorizations.grantDefaults();
        filters.createDefaults();
    }

    private void group(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void adminUser() {
        if (identity.createUserQuery().userId(ADMIN_USER).count() > 0) {
            return;
        }
        boolean generated =
                settings.adminPassword() == null || settings.adminPassword().isBlank();
        String password = generated ? generatePassword() : settings.adminPassword();
        User admin = identity.newUser(ADMIN_USER);
        admin.setFirstName("Leadflow");
        admin.setLastName("Admin");
        admin.setEmail("admin@leadflow.local");
        admin.setPassword(password);
        identity.saveUser(admin);
        identity.createMembership(ADMIN_USER, Groups.ADMIN);
        if (generated) {
            log.warn(
                    "Created user 'admin' with the generated password: {}"
                            + " (shown once; set LEADFLOW_ADMIN_PASSWORD before the first start to choose it)",
                    password);
        } else {
            log.info("Created user 'admin' with the password from LEADFLOW_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
