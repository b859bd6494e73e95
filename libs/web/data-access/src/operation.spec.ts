import { getOperationAST, parse } from 'graphql';

import * as generated from './generated/graphql';
import { operationOf } from './operation';

describe('operationOf', () => {
  it('reads the kind and name of every generated operation as GraphQL itself does', () => {
    const documents = Object.values(generated).filter(
      (value) => value instanceof generated.TypedDocumentString,
    );
    expect(documents.length).toBeGreaterThan(50);
    for (const document of documents) {
      const ast = parse(document.toString());
      const operation = getOperationAST(ast);
      const fragment = ast.definitions[0];
      const expected = operation
        ? { kind: operation.operation, name: operation.name?.value }
        : {
            kind: 'fragment',
            name: fragment?.kind === 'FragmentDefinition' ? fragment.name.value : '',
          };
      expect(operationOf(document)).toEqual(expected);
    }
  });

  it('calls an operation without a name anonymous', () => {
    expect(operationOf('{ viewer { id } }')).toEqual({ kind: 'query', name: 'anonymous' });
  });
});
