package uk.quarterlyreturns.support;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** An API client signed in with HTTP Basic; answers are returned whatever their status. */
public final class Api {

    private final RestClient client;

    public Api(String baseUrl, String username, String password) {
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl);
        if (username != null) {
            builder.defaultHeaders(h -> h.setBasicAuth(username, password, StandardCharsets.UTF_8));
        }
        this.client = builder.build();
    }

    public ResponseEntity<String> put(String path, String contentType, byte[] body) {
        return put(path, contentType, body, h -> { });
    }

    /** The same, with headers of the caller's (e.g. If-Match). */
    public ResponseEntity<String> put(String path, String contentType, byte[] body,
            java.util.function.Consumer<HttpHeaders> headers) {
        return client.put().uri(path).header(HttpHeaders.CONTENT_TYPE, contentType).headers(headers).body(body)
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                        .body(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }

    public ResponseEntity<String> post(String path) {
        return client.post().uri(path)
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                        .body(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }

    public ResponseEntity<String> putCsv(String path, String csv) {
        return put(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The file, with the ETag of a read of the same path just before in If-Match, as a careful client sends it. */
    public ResponseEntity<String> putCsvAfterReading(String path, String csv) {
        String etag = get(path).getHeaders().getETag();
        return put(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8), h -> {
            if (etag != null) {
                h.setIfMatch(etag);
            }
        });
    }

    public ResponseEntity<String> postJson(String path, String json) {
        return client.post().uri(path).header(HttpHeaders.CONTENT_TYPE, "application/json")
                .body(json.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                        .body(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }

    public ResponseEntity<byte[]> getBytes(String path) {
        return client.get().uri(path)
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                        .body(res.getBody().readAllBytes()), true);
    }

    public ResponseEntity<String> get(String path) {
        ResponseEntity<byte[]> r = getBytes(path);
        return ResponseEntity.status(r.getStatusCode()).headers(r.getHeaders())
                .body(new String(r.getBody(), StandardCharsets.UTF_8));
    }

    public ResponseEntity<String> delete(String path) {
        return client.delete().uri(path)
                .exchange((req, res) -> ResponseEntity.status(res.getStatusCode()).headers(res.getHeaders())
                        .body(new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
    }
}
