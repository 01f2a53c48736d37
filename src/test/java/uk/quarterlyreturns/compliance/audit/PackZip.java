package uk.quarterlyreturns.compliance.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.quarterlyreturns.base.tabular.TabularFile;
import uk.quarterlyreturns.base.tabular.TabularRow;

/** A pack read back: its entries in the order written. */
record PackZip(Map<String, byte[]> entries) {

    static PackZip of(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (entries.put(e.getName(), in.readAllBytes()) != null) {
                    throw new AssertionError("two entries at " + e.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackZip(entries);
    }

    byte[] get(String path) {
        byte[] bytes = entries.get(path);
        if (bytes == null) {
            throw new AssertionError("no " + path + " among " + entries.keySet());
        }
        return bytes;
    }

    List<TabularRow> rows(String csv) {
        return TabularFile.read(get(csv), csv).rows();
    }
}
