package uk.quarterlyreturns.base.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first visible sheet (or one named) of an .xlsx workbook by streaming its XML, so memory stays bounded by
 * the row limit rather than by how far a small file can expand. POI's zip-bomb guard (ZipSecureFile's inflate
 * ratio) stays at its defaults; each part read is also capped in unpacked size. Which sheet, and the refusal of a
 * hidden one, is {@link XlsxSheetList}'s.
 */
final class XlsxSheetReader {

    static final long MAX_PART_BYTES = 50L * 1024 * 1024;

    private static final String NOT_A_WORKBOOK = "The file could not be opened as an Excel workbook"
            + " (.xlsx): save it again from Excel as .xlsx, or as CSV UTF-8";
    private static final String TOO_LARGE_UNPACKED = "The workbook is unusually large when unpacked, so"
            + " it was not read: save the sheet as CSV UTF-8, or split it into smaller files";

    private XlsxSheetReader() {
    }

    /**
     * The sheet of this name (in any letters); else, when the name is null or {@code orFirst}, the first visible
     * sheet; else empty.
     *
     * @throws TabularFileException when the sheet to read is hidden, or cannot be read
     */
    static Optional<TabularFile> read(byte[] content, String sheetName, boolean orFirst) {
        return read(content, sheets -> sheets.choose(sheetName, orFirst));
    }

    /**
     * The sheet that {@code choice} names from the workbook's list of sheets, or empty when it names none.
     *
     * @throws TabularFileException when the choice refuses the sheet, or it cannot be read
     */
    static Optional<TabularFile> read(byte[] content, Function<XlsxSheetList, Optional<String>> choice) {
        Path file = null;
        try {
            // From a file POI unpacks each part only when it is read; from a stream it would unpack all.
            file = Files.createTempFile("upload-", ".xlsx");
            Files.write(file, content);
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return readSheet(workbook, choice);
            } finally {
                workbook.revert();
            }
        } catch (TabularFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            TabularFileException refusal = refusalIn(e);
            if (refusal != null) {
                throw refusal;
            }
            boolean bomb = String.valueOf(e.getMessage()).contains("Zip bomb");
            throw new TabularFileException(bomb ? TOO_LARGE_UNPACKED : NOT_A_WORKBOOK, e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static Optional<TabularFile> readSheet(OPCPackage workbook,
            Function<XlsxSheetList, Optional<String>> choice)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        XlsxSheetList listed = new XlsxSheetList();
        try (InputStream in = limited(reader.getWorkbookData())) {
            parse(in, listed);
        }
        Optional<String> chosen = choice.apply(listed);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = limited(sheets.next())) {
                if (sheets.getSheetName().equals(chosen.get())) {
                    ReadOnlySharedStringsTable strings = sharedStrings(workbook);
                    SheetCollector collector = new SheetCollector();
                    parse(sheet, new XlsxSheetHandler(strings, numberStyles(workbook), collector));
                    return Optional.of(collector.finish());
                }
            }
        }
        throw new TabularFileException(NOT_A_WORKBOOK); // the workbook lists a sheet it does not hold
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook)
            throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return null;
        }
        try (InputStream in = limited(parts.get(0).getInputStream())) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static XlsxNumberStyles numberStyles(OPCPackage workbook)
            throws IOException, SAXException, ParserConfigurationException {
        XlsxNumberStyles styles = new XlsxNumberStyles();
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return styles;
        }
        try (InputStream in = limited(parts.get(0).getInputStream())) {
            parse(in, styles);
        }
        return styles;
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    private static InputStream limited(InputStream in) {
        return new LimitedInputStream(in, MAX_PART_BYTES, () -> new TabularFileException(TOO_LARGE_UNPACKED));
    }

    /** The XML parser may wrap what the handler or the capped stream threw. */
    private static TabularFileException refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : wrapped(t)) {
            if (t instanceof TabularFileException refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static Throwable wrapped(Throwable t) {
        return t instanceof SAXException sax ? sax.getException() : null;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the temporary copy of an upload: " + file, e);
        }
    }
}
