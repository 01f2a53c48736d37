package uk.quarterlyreturns.compliance.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.quarterlyreturns.base.tabular.TabularWriter;
import uk.quarterlyreturns.returns.Evidence;

/**
 * The pack's ZIP as it is written, one entry at a time straight to where it goes (nothing of an entry is kept once
 * it is written but its path, size and SHA-256), and at the end the manifest of every entry, hashed as written. No
 * path holds a backslash or a line break (PackPaths), so SHA256SUMS needs none of sha256sum's escapes.
 */
public final class PackEntries {

    static final String MANIFEST = "manifest.csv";
    /** The same hashes as sha256sum writes them, for sha256sum -c. */
    static final String SUMS = "SHA256SUMS";
    static final List<String> MANIFEST_COLUMNS = List.of("path", "size", "sha256");

    private final ZipOutputStream zip;
    private final Instant madeAt;
    private final List<List<Object>> manifest = new ArrayList<>();

    PackEntries(OutputStream out, Instant madeAt) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.madeAt = madeAt;
    }

    /** Writes one entry; its SHA-256 is of the bytes written. Returns that hash. */
    public String add(String path, byte[] content) throws IOException {
        put(path, content);
        String sha256 = Evidence.sha256(content);
        manifest.add(List.of(path, content.length, sha256));
        return sha256;
    }

    /** SHA256SUMS, then the manifest, last, listing every entry before it; then the ZIP's directory. */
    void finish() throws IOException {
        StringBuilder sums = new StringBuilder();
        manifest.forEach(entry -> sums.append(entry.get(2)).append("  ").append(entry.get(0)).append('\n'));
        add(SUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
        put(MANIFEST, TabularWriter.csv(MANIFEST_COLUMNS, manifest));
        zip.finish();
        zip.flush();
    }

    private void put(String path, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(madeAt.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
