package ru.sleepbot.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The child process of {@code bench embedded-crash}: {@code write URL N GAP_MS} commits N rows
 * through a HikariCP pool, GAP_MS apart, printing "committed i" after each commit returned, then
 * idles until killed; {@code count URL} prints how many rows survived.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setMaximumPoolSize(5);
        if (args[1].startsWith("jdbc:sqlite:")) {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.setMaximumPoolSize(1);
        }
        try (HikariDataSource pool = new HikariDataSource(config)) {
            if (args[0].equals("count")) {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                    rs.next();
                    System.out.println("rows " + rs.getLong(1));
                }
                return;
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS t (id BIGINT PRIMARY KEY, at BIGINT)");
            }
            int rows = Integer.parseInt(args[2]);
            long gap = Long.parseLong(args[3]);
            for (int i = 1; i <= rows; i++) {
                try (Connection c = pool.getConnection()) {
                    c.setAutoCommit(false);
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                        p.setLong(1, i);
                        p.setLong(2, System.currentTimeMillis());
                        p.executeUpdate();
                    }
                    c.commit();
                }
                System.out.println("committed " + i);
                System.out.flush();
                Thread.sleep(gap);
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
