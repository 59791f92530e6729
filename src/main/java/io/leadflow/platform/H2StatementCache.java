package io.leadflow.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * H2 keeps the 8 most recent parsed statements per connection; the engine and Leadflow together run
 * far more than 8 distinct statements on each pooled connection, so almost every statement was
 * parsed again. The H2 URL gets a larger cache unless it names its own size. Other databases are
 * left alone.
 */
@Component
class H2StatementCache implements BeanPostProcessor {

    static final int SIZE = 256;

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            properties.setUrl(withCache(properties.getUrl()));
        }
        return bean;
    }

    static String withCache(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase().contains(";QUERY_CACHE_SIZE=")) {
            return url;
        }
        return url + ";QUERY_CACHE_SIZE=" + SIZE;
    }
}
