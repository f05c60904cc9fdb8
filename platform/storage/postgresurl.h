#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ssc::platform {

// Sets a QPSQL connection up from a postgresql:// URL (docs/scaling.md, "Database"):
//   postgresql://user[:password]@host[:port]/dbname                       one server over TCP
//   postgresql://user@/dbname?host=/socket/dir&port=5432                  a unix socket (libpq style)
//   postgresql://user@hostA:5432,hostB:5433/dbname?target_session_attrs=read-write
// The last names a primary and its standby: libpq tries the hosts in turn and keeps the first that takes
// writes, so after a promotion a reconnect finds the new primary. Other query items (connect_timeout,
// sslmode, application_name…) go to libpq as they are. False with *error set.
bool configurePostgres(QSqlDatabase& db, const QString& url, QString* error);

} // namespace ssc::platform
