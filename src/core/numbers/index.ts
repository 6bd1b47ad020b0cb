export * from './decimal';
export * from './formatVietnameseNumber';
export * from './parseVietnameseNumber';
export * from './roundHalfAwayFromZero';
