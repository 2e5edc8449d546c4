/**
 * The audit log: who changed what, when, from what to what. Modules record staff actions
 * through {@link id.kotacerdas.audit.AuditLog} inside their own transaction, so a change and its
 * record commit together.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "wilayah" })
package id.kotacerdas.audit;
