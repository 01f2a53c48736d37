package uk.quarterlyreturns.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evidence files in the database: what is known of each without its content, and the content when asked. A file
 * removed from its return stays, marked removed (by whom, when, from which return), for the audit pack alone
 * ({@link #everInReturn}, {@link #contentEvenIfRemoved}); every other read here leaves it out, so that the form, its
 * counts, the limit of files a measure, the API and downloads go by the files still kept.
 */
@Repository
class EvidenceStore {

    private static final String FIELDS = "e.id, e.measure_id, e.quarter, e.file_name, e.media_type, e.size_bytes,"
            + " e.sha256, e.uploaded_by, e.uploaded_at";

    /**
     * The return a file belongs to: its measure's service's return in that quarter's cycle, or for a quarter published
     * before the measure moved, the return it was given in (as FiguresNotInQuery judges its figure). Read file by
     * file; a return's files are read from the return's side ({@link #ofReturn}).
     */
    private static final String OF_RETURN = """
            from measure_evidence e join measure m on m.id = e.measure_id
            join cycle c on c.year_id = m.year_id and c.quarter = e.quarter
            """ + EarlierQuartersHeld.RETURN_HOLDING;

    /**
     * Every measure's files in a return: its service's measures, but those whose quarter another return holds, and the
     * measures moved away whose quarter it holds (read by index, return by return).
     */
    private static final String HELD_BY_RETURN = """
             from service_return r join cycle c on c.id = r.cycle_id
            join lateral (select m.id from measure m where m.year_id = c.year_id and m.service_id = r.service_id
                            and not exists (select 1 from measure_quarter_service h
                                            where h.measure_id = m.id and h.quarter = c.quarter)
                          union all
                          select h.measure_id from measure_quarter_service h
                          join measure m on m.id = h.measure_id and m.year_id = c.year_id
                          where h.service_id = r.service_id and h.quarter = c.quarter) held on true
            join measure_evidence e on e.measure_id = held.id and e.quarter = c.quarter
            where r.id = :r""";

    /** A file and the id of the return it is evidence in. */
    record InReturn(EvidenceFile file, long returnId) {
    }

    /** A file ever kept in a return, and its removal (null while it is still kept). */
    record Ever(EvidenceFile file, Evidence.Removal removal) {
    }

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EvidenceFile insert(long measureId, int quarter, String fileName, String mediaType, byte[] content,
            String sha256, String by, Instant at) {
        long id = jdbc.sql("""
                insert into measure_evidence (measure_id, quarter, file_name, media_type, size_bytes, sha256, content,
                  uploaded_by, uploaded_at)
                values (:m, :q, :name, :type, :size, :sha, :content, :by, :at) returning id""")
                .param("m", measureId).param("q", quarter).param("name", fileName).param("type", mediaType)
                .param("size", content.length).param("sha", sha256).param("content", content).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
        return new EvidenceFile(id, measureId, quarter, fileName, mediaType, content.length, sha256, by, at);
    }

    List<EvidenceFile> of(long measureId, int quarter) {
        return jdbc.sql("select " + FIELDS + " from measure_evidence e where e.measure_id = :m and e.quarter = :q"
                + " and e.removed_at is null order by e.uploaded_at, e.id")
                .param("m", measureId).param("q", quarter).query(this::map).list();
    }

    /** The files still kept in the return, in the order they came. */
    List<EvidenceFile> ofReturn(long returnId) {
        return jdbc.sql("select " + FIELDS + HELD_BY_RETURN + " and e.removed_at is null order by e.uploaded_at, e.id")
                .param("r", returnId).query(this::map).list();
    }

    /**
     * Every file ever kept in the return, in the order they came, for the audit pack: those it holds now, and those
     * removed from it, wherever their measure has gone since. A removal stored without its return (before V62, whose
     * update found none in the histories) is taken as from the return holding its measure's quarter, as a kept file
     * is.
     */
    List<Ever> everInReturn(long returnId) {
        String fields = "select " + FIELDS + ", e.removed_by, e.removed_at";
        return jdbc.sql(fields + HELD_BY_RETURN + " and (e.removed_at is null or e.removed_from_return is null)"
                        + " union all " + fields + " from measure_evidence e where e.removed_from_return = :r"
                        + " order by uploaded_at, id")
                .param("r", returnId).query((rs, n) -> new Ever(map(rs, n), removal(rs))).list();
    }

    Optional<InReturn> find(long id) {
        return jdbc.sql("select " + FIELDS + ", r.id as return_id " + OF_RETURN
                        + " where e.id = :id and e.removed_at is null")
                .param("id", id).query((rs, n) -> new InReturn(map(rs, n), rs.getLong("return_id"))).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from measure_evidence where id = :id and removed_at is null").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    Optional<byte[]> contentEvenIfRemoved(long id) {
        return jdbc.sql("select content from measure_evidence where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /**
     * Marks the file removed from this return; its bytes stay, for audit, filed with this return even once its measure
     * has moved to another service.
     */
    void markRemoved(long id, long returnId, String by, Instant at) {
        jdbc.sql("""
                update measure_evidence set removed_by = :by, removed_at = :at, removed_from_return = :r
                where id = :id and removed_at is null""")
                .param("by", by).param("at", Timestamp.from(at)).param("r", returnId).param("id", id).update();
    }

    private static Evidence.Removal removal(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp("removed_at");
        return at == null ? null : new Evidence.Removal(rs.getString("removed_by"), at.toInstant());
    }

    private EvidenceFile map(ResultSet rs, int n) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getLong("measure_id"), rs.getInt("quarter"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
