package uk.quarterlyreturns.report.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.quarterlyreturns.base.api.MediaTypes;
import uk.quarterlyreturns.report.ReportFileNames;
import uk.quarterlyreturns.report.ReportReading;
import uk.quarterlyreturns.report.ReportStatus;
import uk.quarterlyreturns.report.ReportVersion;

/** The compiled report of a quarter: its content as JSON, and its PDF and spreadsheet, by version. */
@RestController
@RequestMapping("/api/years/{year}/quarters/{quarter}")
class ReportApi {

    private final ReportReading reading;
    private final ReportFileNames names;

    ReportApi(ReportReading reading, ReportFileNames names) {
        this.reading = reading;
        this.names = names;
    }

    @GetMapping("/report")
    Map<String, Object> report(@PathVariable String year, @PathVariable int quarter,
            @RequestParam(required = false) Integer version, Authentication user) {
        ReportVersion v = reading.version(year, quarter, version, user.getName());
        // the change note and the approval at the top, as plain fields: a caller need not read them off the cover
        boolean approved = v.status() == ReportStatus.APPROVED;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", v.version());
        answer.put("status", v.status().name());
        answer.put("compiledAt", v.compiledAt().toString());
        answer.put("changeNote", v.changeNote());
        answer.put("approvedBy", approved ? v.decidedBy() : null);
        answer.put("approvedAt", approved ? v.decidedAt().toString() : null);
        answer.put("pdfSha256", v.pdfSha256());
        answer.put("xlsxSha256", v.xlsxSha256());
        answer.put("report", reading.content(v));
        return answer;
    }

    @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String year, @PathVariable int quarter,
            @RequestParam(required = false) Integer version, Authentication user) {
        ReportVersion v = reading.version(year, quarter, version, user.getName());
        return file(reading.pdf(v), MediaType.APPLICATION_PDF_VALUE, names.of(v) + ".pdf");
    }

    @GetMapping(value = "/report.xlsx", produces = MediaTypes.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable String year, @PathVariable int quarter,
            @RequestParam(required = false) Integer version, Authentication user) {
        ReportVersion v = reading.version(year, quarter, version, user.getName());
        return file(reading.xlsx(v), MediaTypes.XLSX, names.of(v) + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(content);
    }
}
