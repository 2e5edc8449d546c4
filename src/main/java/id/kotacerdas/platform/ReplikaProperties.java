package id.kotacerdas.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional read replica ({@code kc.basis-data.replika.*}). {@code kueriLag} answers the
 * replica's lag in seconds; null means "not a replica" and the replica is then not used. The
 * default counts a replica that has replayed everything it received as fresh: on a quiet primary
 * {@code pg_last_xact_replay_timestamp()} stays at the last write and would otherwise look stale.
 */
record ReplikaProperties(String url, @DefaultValue("") String username, @DefaultValue("") String password,
		@DefaultValue("5s") Duration batasBasi, @DefaultValue(KUERI_LAG) String kueriLag,
		@DefaultValue("4") int ukuranKolam) {

	static final String PREFIX = "kc.basis-data.replika";

	static final String KUERI_LAG = """
			select case when not pg_is_in_recovery() then null
			            when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
			            else extract(epoch from now() - pg_last_xact_replay_timestamp()) end""";
}
