//! A D-Bus proxy as the Linux listeners use them: no property cache (each reads afresh), `None` when the
//! name, path or interface is not valid or the proxy cannot be made.

/// A proxy on `conn` for `interface` of `destination` at `path`.
pub async fn proxy<P>(
    conn: &zbus::Connection,
    destination: &'static str,
    path: P,
    interface: &'static str,
) -> Option<zbus::Proxy<'static>>
where
    P: TryInto<zbus::zvariant::ObjectPath<'static>>,
    P::Error: Into<zbus::Error>,
{
    zbus::proxy::Builder::<zbus::Proxy>::new(conn)
        .destination(destination)
        .ok()?
        .path(path)
        .ok()?
        .interface(interface)
        .ok()?
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()
        .await
        .ok()
}
