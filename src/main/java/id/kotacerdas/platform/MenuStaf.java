package id.kotacerdas.platform;

import java.util.Set;

/**
 * An entry of the staff navigation. Modules declare beans of this type; the shell shows an
 * entry to a user holding one of {@code peran} (role names as in {@code akun.Peran}).
 */
public record MenuStaf(String kodeJudul, String url, int urutan, Set<String> peran) {
}
