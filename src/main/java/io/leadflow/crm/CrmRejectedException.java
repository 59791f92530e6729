package io.leadflow.crm;

/** The CRM refused the hand-over for good (4xx): retrying cannot help, an operator must look. */
class CrmRejectedException extends RuntimeException {

    CrmRejectedException(String message) {
        super(message);
    }
}
