/** Glance images, React-free: the status table the activity center and the image page read. */
export * from './status';
