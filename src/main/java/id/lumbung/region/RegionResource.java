package id.lumbung.region;

import id.lumbung.access.Roles;
import id.lumbung.common.Page;
import id.lumbung.common.QueryParams;
import id.lumbung.region.AreaDataImporter.AreaImportReport;
import id.lumbung.region.RegionViews.AliasView;
import id.lumbung.region.RegionViews.IndicatorView;
import id.lumbung.region.RegionViews.RegionDetail;
import id.lumbung.region.RegionViews.RegionList;
import id.lumbung.region.RegionViews.RegionSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.Reader;
import java.util.List;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Regions")
@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionHistory history;

    @Inject
    RegionService regions;

    @Inject
    AreaDataImporter areaData;

    @Inject
    Event<RegionAliasesChanged> aliasesChanged;

    @Operation(summary = "List regions",
            description = "Kemendagri regions: filter by type (provinsi, kabupaten, kota, kecamatan, desa), parent "
            + "code, or q (a part of the name, or a whole alias such as Kalbar). Every answer carries "
            + "the idn-area-data attribution (ODbL).")
    @GET
    public RegionList list(@QueryParam("type") String type,
            @QueryParam("parent") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String parent,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        Page<RegionSummary> page = regions.list(QueryParams.enumValue(RegionType.class, "type", type), parent, q, cursor,
                QueryParams.limit(limit, 100, 1000));
        return new RegionList(page.items(), page.total(), page.nextCursor(), regions.countsByType(),
                RegionViews.AreaDataSource.IDN_AREA_DATA);
    }

    @Operation(summary = "One region",
            description = "The region with its ancestors, children, aliases and poverty indicators.")
    @GET
    @Path("/{code}")
    public RegionDetail get(@PathParam("code") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String code) {
        return regions.detail(code);
    }

    public record AliasInput(@NotBlank @Size(max = 200) String alias, RegionAlias.Kind kind) {
    }

    @Operation(summary = "Add an alias of a region",
            description = "A name people use for the region (singkatan, sebutan or varian), which search and region "
            + "names then resolve. Reviewers and admins; an alias the region has is 409.")
    @POST
    @Path("/{code}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public AliasView addAlias(@PathParam("code") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String code,
            @Valid @NotNull AliasInput input) {
        AliasView alias = regions.addAlias(code, input.alias(), input.kind() == null ? RegionAlias.Kind.sebutan : input.kind());
        aliasesChanged.fire(new RegionAliasesChanged(code));
        return alias;
    }

    public record IndicatorInput(
            @NotBlank @Pattern(regexp = "[a-z0-9_]{1,60}", message = "must be a snake_case name such as persen_miskin") String indicator,
            @NotBlank @Size(max = 60) String period,
            @NotNull @DecimalMin("0") BigDecimal value,
            @Size(max = 2000) String source) {
    }

    @Operation(summary = "Set an indicator of a region",
            description = "One value of a poverty indicator for a period, with its source; replaces the value of "
            + "the same indicator and period. Reviewers and admins.")
    @PUT
    @Path("/{code}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public IndicatorView putIndicator(@PathParam("code") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.MESSAGE) String code,
            @Valid @NotNull IndicatorInput input) {
        return regions.putIndicator(code, input.indicator(), input.period(), input.value(), input.source());
    }

    /** Who changed the region, its aliases or its indicators, and what (curators, reviewers and admins). */
    @Operation(summary = "Who changed a region",
            description = "The audit history of the region, its aliases and its indicators (staff).")
    @GET
    @Path("/{code}/history")
    @RolesAllowed({Roles.CURATOR, Roles.REVIEWER, Roles.ADMIN})
    public List<RegionHistory.RegionRevision> history(@PathParam("code") @Pattern(regexp = RegionCode.PATTERN,
            message = RegionCode.MESSAGE) String code) {
        return history.of(code);
    }

    /** National values (Indonesia as a whole), the reference regional values are compared with. */
    @Operation(summary = "Set a national indicator",
            description = "A value for Indonesia as a whole, the reference regional values are compared with. "
            + "Reviewers and admins.")
    @PUT
    @Path("/nasional/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    public IndicatorView putNationalIndicator(@Valid @NotNull IndicatorInput input) {
        return regions.putIndicator(null, input.indicator(), input.period(), input.value(), input.source());
    }

    /** Imports kecamatan or desa from idn-area-data's districts.csv or villages.csv. */
    @Operation(summary = "Import kecamatan or desa (CSV)",
            description = "Rows of idn-area-data's districts.csv or villages.csv (admin); all or nothing, bad rows "
            + "refused with 422.")
    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    public AreaImportReport importAreaData(Reader csv) {
        return areaData.importCsv(csv);
    }
}
