package id.kotacerdas.akun;

import java.time.LocalDate;

import id.kotacerdas.platform.Nip;

/**
 * Flags the staff account of an employee who left the city's service for deactivation. The personnel
 * records call it (they depend on this module, not the other way round); the flag is kept by NIP,
 * so an account linked to that NIP later shows it too, and the user list names it in words until
 * an administrator deactivates the account.
 */
public interface AkunKeluarDinas {

	/** In the caller's transaction; flagging again keeps the first date. */
	void tandai(Nip nip, LocalDate sejak);
}
