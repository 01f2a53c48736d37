package uk.quarterlyreturns.framework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rule that a profile ends at 100 came after measures were stored: at start, the log names each measure whose
 * stored profile_q4 is not 100, in a year whose Q4 report is not yet published, for the performance team to put right
 * on the Framework screen or in a framework file (both now take only 100). It is not changed for them: a cumulative
 * measure's Q4 target rests on it, and a return already submitted holds the RAG it gave until sent back.
 */
@Component
class ProfilesAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProfilesAtStart.class);

    private final JdbcClient jdbc;

    ProfilesAtStart(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                select y.label, m.code, m.profile_q4 from measure m join reporting_year y on y.id = m.year_id
                where m.profile_q4 <> 100 and not exists (select 1 from cycle c where c.year_id = y.id
                  and c.quarter = 4 and c.status = 'PUBLISHED')
                order by y.starts_on, m.row_order, m.code""")
                .query((rs, row) -> rs.getString("code") + " of " + rs.getString("label").replace('-', '/')
                        + " has profile_q4 " + MeasureRepository.plain(rs.getBigDecimal("profile_q4")).toPlainString())
                .list().forEach(measure -> log.warn("{}, stored before profile_q4 had to be 100: its Q4 target is"
                        + " not the whole annual target. Save it with profile_q4 100 on the Framework screen or in a"
                        + " framework file", measure));
    }
}
