export * from './convertUnit';
export * from './parseUnit';
