package uk.quarterlyreturns.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description: HTTP Basic, the file uploads' request bodies (CSV or the same columns in an
 * .xlsx workbook), and the one error body every refusal uses.
 */
@Configuration
class OpenApiConfig {

    static final String ERROR = "Error";

    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Bad input: a bad file names every bad row and column, and nothing changes",
            "401", "Not signed in",
            "403", "Signed in, but this role may not do this",
            "404", "No such year, cycle or report",
            "409", "Refused in the present state: values locked, a year that already has a framework, a cycle"
                    + " that cannot open");

    private static Schema<?> errorBody() {
        Schema<?> problem = new ObjectSchema()
                .addProperty("row", new IntegerSchema().description("the file's row, the header being row 1"))
                .addProperty("column", new StringSchema().description("the column's header"))
                .addProperty("message", new StringSchema());
        Schema<?> error = new ObjectSchema().description("Every refusal's body")
                .addProperty("status", new IntegerSchema())
                .addProperty("message", new StringSchema())
                .addProperty("errors", new ArraySchema().items(problem));
        return error;
    }

    @Bean
    OpenAPI quarterlyReturnsApi() {
        return new OpenAPI()
                .info(new Info().title("Quarterly Returns API").version("1")
                        .description("Frameworks, values, reports, compliance and people; see docs/ in the repository"
                                + " for the file formats and the rules behind the figures."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Every operation answers refusals with the error body; every upload takes CSV or an .xlsx workbook. */
    @Bean
    OpenApiCustomizer refusalsAndUploads() {
        return api -> {
            // added last, after springdoc has generated its own schemas
            api.getComponents().addSchemas(ERROR, errorBody());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> refusalsAndUpload(
                    method, op)));
        };
    }

    private static void refusalsAndUpload(PathItem.HttpMethod method, io.swagger.v3.oas.models.Operation op) {
        REFUSALS.forEach((code, words) -> op.getResponses().putIfAbsent(code, new ApiResponse().description(words)
                .content(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR))))));
        if (method == PathItem.HttpMethod.PUT && takesFiles(op)) {
            op.setRequestBody(new RequestBody().required(true).description("The file: a header row, then one row"
                    + " per item; all or nothing").content(new Content()
                    .addMediaType(MediaTypes.CSV, new MediaType().schema(new StringSchema()))
                    .addMediaType(MediaTypes.XLSX, new MediaType().schema(new StringSchema().format("binary")))));
        }
    }

    /** An upload reads the request's stream, so springdoc gives it no body; the cover's JSON body keeps its own. */
    private static boolean takesFiles(io.swagger.v3.oas.models.Operation op) {
        return op.getRequestBody() == null;
    }
}
