package id.kotacerdas.akun.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

final class SqlArray {

	private SqlArray() {
	}

	/** A PostgreSQL {@code text[]} as an ordered set. */
	static Set<String> himpunan(Array array) throws SQLException {
		return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
	}
}
