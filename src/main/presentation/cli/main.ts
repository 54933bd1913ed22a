console.log('reelforge');
