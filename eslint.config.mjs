import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const frameworks = ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'class-validator', 'class-transformer'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.plain-js/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read configuration through src/config only.' }],
    },
  },
  {
    files: ['src/config/**', 'test/**', 'bench/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The domain and the workflow data stay pure: no framework, driver or validation library.
    files: ['src/**/domain/**/*.ts', 'src/**/workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworks.map((group) => ({ group: [group], message: 'The domain is pure TypeScript.' })) }],
    },
  },
);
