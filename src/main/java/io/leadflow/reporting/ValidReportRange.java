package io.leadflow.reporting;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/** {@code to} is not before {@code from} and the range is at most two years (one SQL CASE arm per week). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidReportRange.Validator.class)
@interface ValidReportRange {

    String message() default "must not be before from";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports the violation on the field {@code to}, so it shows up as a field error. */
    class Validator implements ConstraintValidator<ValidReportRange, LeadFlowParams> {

        @Override
        public boolean isValid(LeadFlowParams params, ConstraintValidatorContext context) {
            if (params.from() == null || params.to() == null) {
                return true;
            }
            String message = null;
            if (params.to().isBefore(params.from())) {
                message = "must not be before from";
            } else if (ChronoUnit.DAYS.between(params.from(), params.to()) >= LeadFlowParams.MAX_DAYS) {
                message = "must be less than " + LeadFlowParams.MAX_DAYS + " days after from";
            }
            if (message == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode("to")
                    .addConstraintViolation();
            return false;
        }
    }
}
