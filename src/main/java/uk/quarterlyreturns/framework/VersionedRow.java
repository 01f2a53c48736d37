package uk.quarterlyreturns.framework;

import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking for the rows a return's form saves (measure_value, key_action_status): a save
 * names the version it read and is refused when the row has moved on, or, for a row the form saw as
 * absent, when someone created it meanwhile.
 *
 * @param table     the table, whose rows are keyed by (keyColumn, quarter) and carry a version column
 * @param keyColumn measure_id or action_id
 */
record VersionedRow(JdbcClient jdbc, String table, String keyColumn) {

    /**
     * Inserts or updates the given columns (whose values are parameters of the same names in
     * {@code params}) and returns the new version; empty when the expected version no longer holds.
     */
    Optional<Integer> save(long key, int quarter, Integer expectedVersion, MapSqlParameterSource params,
            String... columns) {
        params.addValue("key", key).addValue("quarter", quarter).addValue("expected", expectedVersion);
        String sql;
        if (expectedVersion == null) {
            sql = "insert into " + table + " (" + keyColumn + ", quarter, " + String.join(", ", columns)
                    + ") values (:key, :quarter, :" + String.join(", :", columns) + ")"
                    + " on conflict (" + keyColumn + ", quarter) do nothing returning version";
        } else {
            StringBuilder set = new StringBuilder();
            for (String column : columns) {
                set.append(column).append(" = :").append(column).append(", ");
            }
            sql = "update " + table + " set " + set + "updated_at = now(), version = version + 1"
                    + " where " + keyColumn + " = :key and quarter = :quarter and version = :expected"
                    + " returning version";
        }
        return jdbc.sql(sql).paramSource(params).query(Integer.class).optional();
    }
}
