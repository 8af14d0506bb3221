package id.lumbung.common;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

/**
 * Names the properties of validation errors as the JSON does ({@code legal_basis.kind}, not
 * {@code legalBasis.kind}), at every depth, so a client can find the field it sent.
 */
@ApplicationScoped
public class SnakeCaseViolationPaths implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(new SnakeCaseNames());
    }

    private static final class SnakeCaseNames implements PropertyNodeNameProvider {
        @Override
        public String getName(Property property) {
            return JsonErrors.snakeCasePath(property.getName());
        }
    }
}
