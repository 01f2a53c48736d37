package uk.quarterlyreturns.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import uk.quarterlyreturns.support.Api;
import uk.quarterlyreturns.support.ReturnScenario;
import uk.quarterlyreturns.support.ViewTest;

/**
 * A published file goes by one name on the reports page, through the API and in the audit pack, so that a file
 * downloaded anywhere is found in the pack (and its reports.csv) by its name. Year 7472.
 */
class OneNamePerReportFileTest extends ViewTest {

    private static final String NAME = "kirklees-council-corporate-performance-report-7472-73-q2-v1";

    @Autowired ApplicationContext context;

    @Test
    void thePageTheApiAndTheAuditPackNameTheFileAlike() throws Exception {
        ReturnScenario scenario = ReturnScenario.open(context, 7472);
        scenario.completeAndAwaitTheReportsDecision();
        scenario.approveAndAwaitPublication();

        signIn("reader");
        open("reports/" + scenario.cycle.id());
        String page = savedName(_get(Anchor.class, s -> s.withText("PDF, version 1")));
        String pageXlsx = savedName(_get(Anchor.class, s -> s.withText("Spreadsheet, version 1")));

        Api perf = new Api(url(""), "perf", "demo");
        String quarter = "/api/years/" + scenario.year + "/quarters/2/";
        String api = ContentDisposition.parse(perf.getBytes(quarter + "report.pdf").getHeaders()
                .getFirst(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
        List<String> pack = entries(perf.getBytes(quarter + "audit-pack").getBody());

        assertThat(List.of(page, pageXlsx, api)).containsExactly(NAME + ".pdf", NAME + ".xlsx", NAME + ".pdf");
        assertThat(pack).contains("reports/" + NAME + ".pdf", "reports/" + NAME + ".xlsx");
    }

    /** The name the link's file is saved under, as its Content-Disposition gives it to the browser. */
    private static String savedName(Anchor link) throws Exception {
        StreamResourceRegistry.ElementStreamResource resource = (StreamResourceRegistry.ElementStreamResource)
                VaadinSession.getCurrent().getResourceRegistry().getResource(new URI(link.getHref())).orElseThrow();
        Map<String, String> headers = new HashMap<>();
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(OneNamePerReportFileTest.class
                .getClassLoader(), new Class<?>[] {VaadinResponse.class}, (proxy, method, args) ->
                        switch (method.getName()) {
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getOutputStream" -> new ByteArrayOutputStream();
                            default -> null;
                        });
        VaadinRequest request = (VaadinRequest) Proxy.newProxyInstance(OneNamePerReportFileTest.class
                .getClassLoader(), new Class<?>[] {VaadinRequest.class}, (proxy, method, args) -> null);
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(
                new DownloadEvent(request, response, null, link.getElement()));
        return ContentDisposition.parse(headers.get("Content-Disposition")).getFilename();
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
