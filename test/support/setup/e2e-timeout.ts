jest.setTimeout(400_000);
