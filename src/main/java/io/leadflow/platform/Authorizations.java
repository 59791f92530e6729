package io.leadflow.platform;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Least privilege per group: sales reps see Tasklist and the lead tasks offered to them; marketing
 * and designers watch in Cockpit; designers deploy. Admins (camunda-admin) may do everything.
 */
@Component
class Authorizations {

    static final String LEAD_PROCESS = "LeadLifecycle";
    private final AuthorizationService authorizations;

    Authorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    void grantDefaults() {
        for (Resource resource : Resources.values()) {
            grant(Groups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        for (String team : Groups.SALES_TEAMS) {
            grant(team, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(
                    team,
                    Resources.PROCESS_DEFINITION,
                    LEAD_PROCESS,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE,
                    // Tasklist's history tab and task comments need it
                    ProcessDefinitionPermissions.READ_HISTORY);
        }
        for (String group : new String[] {Groups.MARKETING, Groups.DESIGNERS}) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    Authorization.ANY,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE);
            grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
            grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        }
        grant(Groups.DESIGNERS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ);
    }

    /** One grant row per group and resource: an existing row gets the permissions added. */
    void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .list()
                .stream()
                .filter(existing -> existing.getAuthorizationType() == AUTH_TYPE_GRANT)
                .findFirst()
                .orElseGet(() -> newGrant(group, resource, resourceId));
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    private Authorization newGrant(String group, Resource resource, String resourceId) {
        Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }
}
