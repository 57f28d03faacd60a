/**
 * A metadata or extra-spec key as Cinder's database sees it. Its MySQL/MariaDB tables compare keys without
 * regard to case: on the real cloud, DELETE …/metadata/owner removed "Owner", "owner" and "OWNER" at once, and
 * extra specs {"Foo": "1", "foo": "2"} were stored as "foo" alone (openstack/README.md, "Keys and case"). Two
 * keys of one set that differ only in case are therefore one key, and a form refuses the second.
 */
export function storedKey(key: string): string {
  return key.trim().toLowerCase();
}
