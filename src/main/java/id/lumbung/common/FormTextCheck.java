package id.lumbung.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a form whose text fields are not UTF-8. The form decoder puts U+FFFD in place of such bytes, and a field
 * stored so would read "�" for good; as for NDJSON imports, a field holding U+FFFD is refused with them (decision
 * 224). Uploaded files are checked by their importers.
 */
@ApplicationScoped
public class FormTextCheck {

    private static final char NOT_UTF8 = '\uFFFD';

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form == null) {
            return;
        }
        for (String field : form) {
            if (field.indexOf(NOT_UTF8) >= 0) {
                throw ApiProblem.formNotUtf8(field);
            }
            for (FormValue value : form.get(field)) {
                if (!value.isFileItem() && value.getValue() != null && value.getValue().indexOf(NOT_UTF8) >= 0) {
                    throw ApiProblem.formNotUtf8(field);
                }
            }
        }
    }
}
