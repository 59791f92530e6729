package io.leadflow.platform;

import jakarta.mail.util.StreamProvider;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.springframework.stereotype.Component;

/**
 * Jakarta Mail looks up its stream provider on every message part, and the engine a DatatypeFactory
 * for every timer duration it parses; each lookup scans the class path with ServiceLoader (hot in
 * profiles of the nurture sends). Both finders read a system property first: it is set here, once,
 * to the class the scan finds, so the lookups stay as they were, minus the scan. A property set
 * from outside is left alone.
 */
@Component
class ProviderLookups {

    static final String STREAM_PROVIDER = StreamProvider.class.getName();
    static final String DATATYPE_FACTORY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    ProviderLookups() {
        pin(STREAM_PROVIDER, StreamProvider::provider);
        pin(DATATYPE_FACTORY, ProviderLookups::datatypeFactory);
    }

    static void pin(String property, Supplier<?> lookup) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, lookup.get().getClass().getName());
        }
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
