package uk.quarterlyreturns.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Run as the superuser on every start (each step is idempotent, so a start killed half-way is finished by
 * the next): the application's role, a non-superuser, owns the public schema and everything in it; both
 * roles have their passwords; and PostgreSQL then takes only SCRAM password sign-ins, so that no other
 * local process can connect as anyone without the password file.
 */
final class DatabaseHardening {

    static final String PG_HBA = """
            # Written by Quarterly Returns on every start of its embedded database: passwords (SCRAM) only.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private DatabaseHardening() {
    }

    static void apply(DataSource superuser, Path dataDirectory, DatabaseCredentials credentials) {
        JdbcClient jdbc = JdbcClient.create(superuser);
        String role = DatabaseCredentials.APPLICATION_ROLE;
        jdbc.sql("set password_encryption = 'scram-sha-256'").update();
        jdbc.sql("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then"
                + " create role " + role + " login; end if; end $$").update();
        jdbc.sql("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " password " + literal(credentials.applicationPassword())).update();
        jdbc.sql("alter role " + DatabaseCredentials.SUPERUSER + " with password "
                + literal(credentials.superuserPassword())).update();
        jdbc.sql("alter schema public owner to " + role).update();
        // Tables made by an earlier version as the superuser pass to the application's role (with the
        // sequences they own), then any other sequences and functions.
        jdbc.sql("""
                do $$ declare r record; begin
                  for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                           where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
                           and pg_get_userbyid(c.relowner) <> '%1$s' loop
                    execute format('alter table %%s owner to %1$s', r.name);
                  end loop;
                  for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                           where n.nspname = 'public' and c.relkind = 'S'
                           and pg_get_userbyid(c.relowner) <> '%1$s' loop
                    execute format('alter sequence %%s owner to %1$s', r.name);
                  end loop;
                  for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                           where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s' loop
                    execute format('alter function %%s owner to %1$s', r.name);
                  end loop;
                end $$""".formatted(role)).update();
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, e);
        }
        jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
