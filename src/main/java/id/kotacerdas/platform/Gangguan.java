package id.kotacerdas.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that says "the database cannot be reached now" rather than "this request
 * or this code is wrong", so that it is answered 503 with {@code Retry-After}, never 500.
 */
public final class Gangguan {

	private Gangguan() {
	}

	/** Whether {@code ex} or one of its causes is a lost, refused or timed-out database connection. */
	public static boolean basisData(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
					|| t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && koneksi(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 (connection exception), 57P01–57P03 (server shutting down or starting), 53300 (too many connections). */
	private static boolean koneksi(String state) {
		return state.startsWith("08") || state.startsWith("57P0") || state.equals("53300");
	}
}
